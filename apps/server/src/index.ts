export { buildApp, DEFAULT_BODY_LIMIT } from './app';
export { loadConfig, type TServerConfig } from './config';
export { startServer, type RunningServer } from './start-server';
export { ROUTES } from './routes';
export { createUser, type TCreateUserRequest } from './use-cases/create-user';
export { ZCreateUserRequest } from './routes/user-routes';
export { presentNarrativeMigration, type TNarrativeMigrationResponse } from './presenters/narrative-report';
export {
  importPolicyPack,
  type TImportPolicyPackResult,
  type TPolicyPackImportSummary,
} from './use-cases/import-policy-pack';
export { newSessionSecrets, SESSION_COOKIE } from './auth/session-tokens';
