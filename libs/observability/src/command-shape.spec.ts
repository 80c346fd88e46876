import { commandShape } from './command-shape';

describe('database spans name the command, never its data', () => {
  it('keeps the command and its collection; documents are counted, filters show their keys, values are masked', () => {
    const insert = { insert: 'cases_log', documents: [{ _id: 'c1:3', state: { candidate: { fullName: 'Aigerim Sadykova' } } }], ordered: true };
    expect(commandShape(insert)).toBe('{"insert":"cases_log","documents":"[1]","ordered":"?"}');
    expect(commandShape({ find: 'cases', filter: { _id: 'c1' }, limit: 1 })).toBe('{"find":"cases","filter":{"_id":"?"},"limit":"?"}');
  });
  it('no personal data or signature reaches the statement', () => {
    const statement = commandShape({ insert: 'cases_log', documents: [{ by: { name: 'Aigerim Sadykova' }, signature: 'c2lnbmF0dXJl' }] });
    expect(statement).not.toMatch(/Aigerim|c2lnbmF0dXJl/);
  });
});
