import type { APIRoute } from 'astro';
import type { Lang } from '../../../lib/routes';
import { langPaths, searchFilesFor } from '../../../site/search';

export const getStaticPaths = langPaths;
export const GET: APIRoute = async ({ params }) => Response.json((await searchFilesFor(params.lang as Lang)).catalog);
