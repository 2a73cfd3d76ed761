import { classifyJobFailure } from './job-failure';

describe('classifyJobFailure', () => {
  it('names a file-system failure by its errno code, never its path', () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write '/srv/exports/x.csv.part'"), { code: 'ENOSPC' });
    expect(classifyJobFailure(full, 'export_error')).toBe('file_error: ENOSPC');
    const denied = Object.assign(new Error("EACCES: permission denied, open '/srv/exports/x.csv.part'"), { code: 'EACCES' });
    expect(classifyJobFailure(denied, 'export_error')).toBe('file_error: EACCES');
    expect(classifyJobFailure("ENOTDIR: not a directory, mkdir '/srv/exports'", 'export_error')).toBe('file_error: ENOTDIR');
  });

  it("labels anything else with the caller's class and a short first line", () => {
    expect(classifyJobFailure(new Error(`bad filter\n${'x'.repeat(500)}`), 'export_error')).toBe('export_error: bad filter');
    expect(classifyJobFailure(new Error('y'.repeat(300)), 'export_error')).toHaveLength('export_error: '.length + 120);
  });
});
