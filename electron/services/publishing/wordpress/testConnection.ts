import { MidadError } from '../../../../shared/api/errors';
import type { ConnectionReport } from '../../../../shared/api/publishingService';
import { readSiteTerms } from './siteTerms';
import type { WordPressClient } from './WordPressClient';

interface WpUser {
  name: string;
  capabilities?: Record<string, boolean>;
}

/**
 * "Test connection": who the password belongs to and whether they may publish
 * and upload, plus the site's categories and tags for the mappings. When the
 * site has no pretty permalinks, `restStyle` says to use `?rest_route=`.
 */
export async function testConnection(
  connect: (style: 'pretty' | 'query') => WordPressClient,
  preferred: 'pretty' | 'query',
): Promise<ConnectionReport & { restStyle: 'pretty' | 'query' }> {
  let restStyle = preferred;
  let me: WpUser;
  try {
    me = await connect(restStyle).get<WpUser>('/wp/v2/users/me', { context: 'edit' });
  } catch (error) {
    if (!(error instanceof MidadError && error.code === 'wp_not_json') || restStyle === 'query') throw error;
    restStyle = 'query';
    me = await connect(restStyle).get<WpUser>('/wp/v2/users/me', { context: 'edit' });
  }
  const { categories, tags } = await readSiteTerms(connect(restStyle));
  return {
    user: me.name,
    canPublish: me.capabilities?.publish_posts === true,
    canUpload: me.capabilities?.upload_files === true,
    categories,
    tags,
    restStyle,
  };
}
