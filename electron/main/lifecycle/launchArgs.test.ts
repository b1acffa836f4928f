import { describe, expect, it } from 'vitest';
import { midadFileFromArgv } from './launchArgs';

describe('midadFileFromArgv', () => {
  it('finds the .midad file a file association passes', () => {
    expect(midadFileFromArgv(['/opt/Midad/midad', '/home/salma/مقال.midad'], '/')).toBe('/home/salma/مقال.midad');
    expect(midadFileFromArgv(['C:\\Midad\\Midad.exe', '--allow-file-access', '/tmp/A.MIDAD'], '/')).toBe('/tmp/A.MIDAD');
  });

  it('resolves a relative path against the launching folder', () => {
    expect(midadFileFromArgv(['midad', 'drafts/a.midad'], '/home/salma')).toBe('/home/salma/drafts/a.midad');
  });

  it('ignores the executable, switches and other files', () => {
    expect(midadFileFromArgv(['/x/y.midad'], '/')).toBeUndefined();
    expect(midadFileFromArgv(['midad', '--open=a.midad', 'notes.txt', '.'], '/')).toBeUndefined();
    expect(midadFileFromArgv(['midad'], '/')).toBeUndefined();
  });
});
