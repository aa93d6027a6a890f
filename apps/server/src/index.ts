export { buildApp, DEFAULT_BODY_LIMIT } from './app';
export { loadConfig, type TServerConfig } from './config';
export { startServer, type RunningServer } from './start-server';
export { ROUTES } from './routes';
