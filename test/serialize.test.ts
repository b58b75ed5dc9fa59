import { describe, it, expect } from 'vitest';
import { serializeRecord } from '../src/core/serialize.ts';
import { parseFrontmatter } from '../src/core/frontmatter.ts';
import { recordSchema } from '../src/core/record.ts';
import { VALID } from './helpers.ts';

describe('serializeRecord', () => {
  it('round-trips a record through the one parse path', () => {
    const parsed = parseFrontmatter(VALID);
    const data = recordSchema.parse(parsed.data);
    const text = serializeRecord(data, parsed.body);
    const again = parseFrontmatter(text);
    expect(recordSchema.parse(again.data)).toEqual(data);
    expect(again.body.trim()).toBe(parsed.body.trim());
  });

  it('quotes values YAML would otherwise read as other types', () => {
    const data = recordSchema.parse(parseFrontmatter(VALID).data);
    data.place = { building: 'east-dorm-a', room: '302' };
    data.title = 'yes';
    data.demand_detail = '12:30 之前: 修好';
    const back = recordSchema.parse(parseFrontmatter(serializeRecord(data, '')).data);
    expect(back.place.room).toBe('302');
    expect(back.title).toBe('yes');
    expect(back.demand_detail).toBe('12:30 之前: 修好');
  });
});
