import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('x'.repeat(40));

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP');
    expect(box.open(a)).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(a);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('refuses what another key sealed or what was altered', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(new SecretBox('y'.repeat(40)).open(sealed)).toBeNull();
    const [v, iv, tag, body] = sealed.split('.');
    expect(box.open([v, iv, tag, body.slice(0, -2) + (body.endsWith('A') ? 'BB' : 'AA')].join('.'))).toBeNull();
    expect(box.open('not-sealed')).toBeNull();
  });
});
