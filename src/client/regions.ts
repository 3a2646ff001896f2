// iVvy's regional API hosts:
// https://developer.ivvy.com/getting-started/creating-the-request/request-headers/standard-headers
export const regionBaseUrls = {
  au: "https://api.ap-southeast-2.ivvy.com",
  us: "https://api.us-west-2.ivvy.com",
  uk: "https://api.eu-west-2.ivvy.com",
} as const;

export type Region = keyof typeof regionBaseUrls;

export const isRegion = (value: unknown): value is Region => typeof value === "string" && Object.hasOwn(regionBaseUrls, value);
