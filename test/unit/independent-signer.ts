// A second, plain implementation of iVvy's signing pseudo-code, written from the doc page
// (https://developer.ivvy.com/getting-started/creating-the-request/signing-the-request)
// without the package's modules, to check them against.
import crypto from "node:crypto";

export function plainStringToSign(request: { method: string; path: string; headers: Record<string, string>; body: Buffer }): string {
  const h = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const contentMd5 = crypto.createHash("md5").update(request.body).digest("hex");
  const usesIvvyDate = Object.keys(h).some((k) => k.replace(/[-_]/g, "") === "ivvydate");
  const ivvy = Object.keys(h)
    .filter((k) => k.startsWith("ivvy"))
    .map((k) => k.split("-").join("").split("_").join("") + "=" + h[k])
    .sort()
    .join("&");
  const initial = request.method + contentMd5 + (h["content-type"] ?? "") + (usesIvvyDate ? "" : (h.date ?? "")) + request.path + "1.0" + ivvy;
  return initial.toLowerCase();
}

export function plainSignature(stringToSign: string, secret: string): string {
  return crypto.createHmac("sha1", Buffer.from(secret, "utf8")).update(Buffer.from(stringToSign, "utf8")).digest("hex");
}
