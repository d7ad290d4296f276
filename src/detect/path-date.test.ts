import { describe, expect, it } from 'vitest';
import { firstPathDate, pathDateAt } from './path-date';

const parts = (path: string) => path.split('/');

describe('pathDateAt', () => {
  it('reads a year, a year and a month, or a whole day, each in segments of their own', () => {
    expect(pathDateAt(parts('/2023/'), 1)).toEqual({ year: '2023', span: 1 });
    expect(pathDateAt(parts('/2023/05/'), 1)).toEqual({ year: '2023', month: '05', span: 2 });
    expect(pathDateAt(parts('/2022/3/8/slug'), 1)).toEqual({ year: '2022', month: '03', day: '08', span: 3 });
  });

  it('reads one segment that is nothing but a date, with both dashes or neither', () => {
    expect(pathDateAt(['2022-03-08'], 0)).toEqual({ year: '2022', month: '03', day: '08', span: 1 });
    expect(pathDateAt(['20220326'], 0)).toEqual({ year: '2022', month: '03', day: '26', span: 1 });
    expect(pathDateAt(['2022-0308'], 0)).toBeUndefined();
  });

  it('reads no date inside a slug, no month 13, no year outside this century', () => {
    expect(pathDateAt(['a-year-after-2022-02-24'], 0)).toBeUndefined();
    expect(pathDateAt(parts('/2022/13/'), 1)).toEqual({ year: '2022', span: 1 });
    expect(pathDateAt(parts('/1999/03/'), 1)).toBeUndefined();
  });
});

describe('firstPathDate', () => {
  it('finds the first date with a month, and where it starts', () => {
    expect(firstPathDate(parts('/news/2022/09/21/slug'))).toEqual({ year: '2022', month: '09', day: '21', span: 3, index: 2 });
    expect(firstPathDate(parts('/2024/story-123'))).toBeUndefined();
  });
});
