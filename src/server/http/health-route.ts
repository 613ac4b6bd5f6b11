// GET /api/health: for load balancers, `npm start` and tests. It runs a real query, so "ok" means the
// database answers, not just that the process is up.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../storage/database';

export type HealthRouteOptions = {
  database: Database;
  version: string;
};

export const registerHealthRoute = (
  app: FastifyInstance,
  { database, version }: HealthRouteOptions,
): void => {
  app.get('/api/health', async (request, reply) => {
    const answer = { version, database: database.dialect };
    try {
      await sql`select 1`.execute(database.db);
      return { status: 'ok', ...answer };
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database did not answer');
      return reply.code(503).send({ status: 'error', ...answer });
    }
  });
};
