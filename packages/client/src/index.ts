export { LightBridgeClient, type ClientOptions, type ConnectionPage, type Operation, type RateLimitInfo } from './client';
export * from './errors';
export * from './generated/graphql';
