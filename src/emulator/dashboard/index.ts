export type { DashboardHandle } from "./create-dashboard.js";
export { API_INDEX, DASHBOARD_PATH } from "./dashboard-handler.js";
export type { DashboardOptions } from "./dashboard-options.js";
