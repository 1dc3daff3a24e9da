import type { APIRoute } from 'astro';
import { searchFileFor } from '../site/search';

export const GET: APIRoute = async () => Response.json(await searchFileFor('vi'));
