import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { GECKO_ID, manifestFor } from '../../build/browser-manifest';

describe('the Firefox manifest, derived from manifest.json', () => {
  const firefox = manifestFor('firefox', manifest);

  it('runs the background as an event-page script, not a service worker', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker] });
  });

  it('names the add-on, its minimum version, and that it collects no data', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: expect.stringMatching(/^\d+\.\d+$/), data_collection_permissions: { required: ['none'] } },
    });
  });

  it('drops what only Chromium knows and keeps everything else', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.web_accessible_resources?.every((entry) => !('use_dynamic_url' in entry))).toBe(true);
    expect(firefox.web_accessible_resources?.[0]?.resources).toEqual(manifest.web_accessible_resources[0]!.resources);
    for (const key of ['permissions', 'content_scripts', 'action', 'options_ui', 'commands', 'content_security_policy', 'default_locale'] as const) {
      expect(firefox[key], key).toEqual(manifest[key]);
    }
  });

  it('leaves the Chromium manifest as it is', () => {
    expect(manifestFor('chrome', manifest)).toBe(manifest);
  });
});
