import { AppError } from '@ecq/core';
import { isDatabaseReady } from '@ecq/db';
import { z } from 'zod';
import { defineRoute, PUBLIC } from '../http/route';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/healthz',
    summary: 'Liveness: the process answers',
    tags: ['health'],
    access: PUBLIC,
    response: z.object({ status: z.literal('ok') }),
    async handler() {
      return { status: 'ok' as const };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/readyz',
    summary: 'Readiness: the database answers',
    tags: ['health'],
    access: PUBLIC,
    response: z.object({ status: z.literal('ready') }),
    async handler({ deps }) {
      if (!(await isDatabaseReady(deps.db))) throw new AppError('UNAVAILABLE', 'database: not reachable');
      return { status: 'ready' as const };
    },
  }),
];
