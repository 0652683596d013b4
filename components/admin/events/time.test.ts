import { expect } from '@open-wc/testing';
import { formatEventTime, instantToZoned, timeZoneChoices, zonedToInstant } from './time.ts';

describe('event times in the event’s own zone', () => {
  it('read a wall-clock time in the zone, summer or winter', () => {
    expect(zonedToInstant('2030-07-01T18:00', 'Europe/Brussels')).to.equal('2030-07-01T16:00:00.000Z');
    expect(zonedToInstant('2030-01-15T18:00', 'Europe/Paris')).to.equal('2030-01-15T17:00:00.000Z');
    expect(zonedToInstant('2030-01-15T18:00', 'America/Montreal')).to.equal('2030-01-15T23:00:00.000Z');
    expect(instantToZoned('2030-07-01T16:00:00.000Z', 'Europe/Brussels')).to.equal('2030-07-01T18:00');
    expect(instantToZoned('2030-01-15T23:00:00Z', 'America/Montreal')).to.equal('2030-01-15T18:00');
  });

  it('takes a skipped time an hour later, and a repeated one the first time', () => {
    // 31 March 2030: Brussels' clocks go from 02:00 to 03:00; 27 October 2030: from 03:00 back to 02:00.
    expect(zonedToInstant('2030-03-31T02:30', 'Europe/Brussels')).to.equal('2030-03-31T01:30:00.000Z');
    expect(instantToZoned('2030-03-31T01:30:00.000Z', 'Europe/Brussels')).to.equal('2030-03-31T03:30');
    expect(zonedToInstant('2030-10-27T02:30', 'Europe/Brussels')).to.equal('2030-10-27T00:30:00.000Z');
  });

  it('refuses what is not a date and a time', () => {
    for (const typed of ['', '2030-07-01', '2030-02-30T10:00', '2030-07-01T25:00', 'demain'])
      expect(zonedToInstant(typed, 'Europe/Brussels'), typed).to.be.undefined;
  });

  it('offers Brussels and Paris first, then every IANA zone the API accepts', () => {
    const { usual, others } = timeZoneChoices();
    expect(usual).to.deep.equal(['Europe/Brussels', 'Europe/Paris']);
    expect(others).to.include('America/Toronto').and.include('Europe/Amsterdam');
    expect(others).not.to.include('Europe/Brussels');
    expect(others).not.to.include('UTC');
    expect(others).to.deep.equal([...others].sort());
    expect(timeZoneChoices('America/Montreal').others).to.include('America/Montreal');
  });

  it('say a start and an end in the event’s zone, named', () => {
    const said = formatEventTime(
      'fr',
      '2030-07-01T16:00:00.000Z',
      '2030-07-01T18:00:00.000Z',
      'Europe/Brussels',
    );
    expect(said).to.include('1 juillet 2030').and.include('18:00').and.include('20:00');
    expect(said).to.match(/\(Europe\/Brussels\)$/);
  });
});
