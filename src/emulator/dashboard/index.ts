export type { CallbackToolsCheckInput, CallbackToolsTriggerInput, DashboardCallbackTools } from "./callback-tools.js";
export { createDashboard, type Dashboard, type DashboardHandle } from "./create-dashboard.js";
export { API_INDEX, DASHBOARD_PATH } from "./dashboard-handler.js";
export { type DashboardOptions, dashboardOption } from "./dashboard-options.js";
