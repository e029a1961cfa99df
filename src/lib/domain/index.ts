// Public surface of the tenant-domain module (pure; URL parsing only).
export { parseTenantDomain, canonicalManagementAudience, managementApiOf, type TenantDomain, type DomainRejectReason } from './tenant-domain';
export { dashboardTenantFromUrl, tenantDomainFor, type DashboardTenant } from './dashboard';
