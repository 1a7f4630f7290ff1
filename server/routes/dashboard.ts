// The comment rate of the whole institute, for desk officers and admins (issue 13, part 3).
import type { FastifyInstance } from 'fastify';
import type { Access } from '../context';
import { parseBody } from '../errors';
import { dashboardQuerySchema, type DashboardResponse } from '../../shared/dashboard';
import { dashboardFiguresSql } from '../services/dashboard';

const OFFICERS = { access: ['desk_officer', 'admin'] satisfies Access };

export async function dashboardRoutes(app: FastifyInstance) {
  app.get('/dashboard', { config: OFFICERS }, async (request): Promise<DashboardResponse> => {
    const query = parseBody(dashboardQuerySchema, request.query);
    const today = query.today ?? new Date().toISOString().slice(0, 10);
    return { period: query.period, today, figures: await dashboardFiguresSql(app.db, query, today), submissionsKnown: false };
  });
}
