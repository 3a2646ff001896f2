/**
 * Whether a Content-Type names JSON the receiver can read: `application/json`, with
 * no charset or a UTF-8 one (JSON on the wire is UTF-8, RFC 8259 section 8.1).
 */
export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [mediaType = "", ...params] = contentType.split(";");
  if (mediaType.trim().toLowerCase() !== "application/json") return false;
  for (const param of params) {
    const [name = "", value = ""] = param.split("=");
    if (name.trim().toLowerCase() === "charset" && !/^"?utf-?8"?$/i.test(value.trim())) return false;
  }
  return true;
}
