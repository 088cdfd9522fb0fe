import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight's route data, adjusted. The home page keeps its wide splash layout but gets the site's
 * navigation too: without a sidebar a phone shows no menu there.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.id === '' || route.id === 'index') route.hasSidebar = true;
});
