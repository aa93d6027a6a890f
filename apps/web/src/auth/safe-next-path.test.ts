import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('where sign-in leads', () => {
  it('goes back to a path of this app, never to another origin or back to sign-in', () => {
    expect(safeNextPath('/crosswalks/ecq-2006/ecq-2025?show=renamed')).toBe('/crosswalks/ecq-2006/ecq-2025?show=renamed');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/sign-in?next=/x')).toBe('/');
  });
});
