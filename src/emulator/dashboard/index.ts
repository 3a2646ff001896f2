export { DASHBOARD_PATH, API_INDEX } from "./dashboard-handler.js";
export type { DashboardHandle, DashboardOptions } from "./create-dashboard.js";
