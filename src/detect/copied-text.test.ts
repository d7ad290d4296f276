import { describe, expect, it } from 'vitest';
import { readsAsPhotoCaption, splicesGlossaries } from './copied-text';
import { normalizeText } from './normalize-text';

const caption = (text: string): boolean => readsAsPhotoCaption(normalizeText(text));
const mirror = (text: string): boolean => splicesGlossaries(normalizeText(text));

describe('readsAsPhotoCaption', () => {
  it('recognises a caption opened by the agency picture id', () => {
    expect(caption('epa12345678 Men queue at a recruiting office in Kazan, Russia, 30 September 2022. Russia announced a partial mobilization on 21 September.')).toBe(true);
    expect(caption('AFP-1234567 Reservists board a train in Omsk.')).toBe(true);
  });

  it('recognises a caption closed by the photographer’s credit', () => {
    expect(caption('Cars queue at the border crossing near Vladikavkaz, 26 September 2022. Thousands of men left Russia after the call-up. EPA/IVAN PETROV')).toBe(true);
    expect(caption('Men say goodbye to their families at a bus station in Moscow. (AP Photo/Jane Doe)')).toBe(true);
    expect(caption('A queue at the border. REUTERS/John Smith')).toBe(true);
  });

  it('leaves wire stories alone: a dateline credit or a reporting line is not a photo credit', () => {
    expect(caption('MOSCOW (Reuters) - Russia has called up 200,000 men since the partial mobilization began, the defence minister said on Tuesday. (Reporting by Jane Doe; Editing by John Smith)')).toBe(false);
    expect(caption('Russia ends the partial mobilization, Shoigu tells Putin. (AP)')).toBe(false);
    expect(caption('The EPA said the decree on 21 September affects 300,000 reservists.')).toBe(false);
  });

  it('leaves a long article alone even if a caption closes it', () => {
    const story = 'Russian men queued for hours at the border crossing after the call-up was announced, officials said. '.repeat(20);
    expect(caption(`${story} EPA/IVAN PETROV`)).toBe(false);
  });
});

describe('splicesGlossaries', () => {
  it('recognises an entry copied with the glossary of each linked term spliced in', () => {
    const copy =
      'On 21 September 2022 Russia declared a partial mobilization after the annexation annexation (a Latin word for joining) means taking land from another state ... of four regions. ' +
      'The city of Kherson Kherson (, ) is a Ukrainian river harbour near the mouth of the Dnieper ... was named. Defense minister Sergei Shoigu Sergei Shoigu, born 1955, was a Russian minister for many years and ... announced 300,000 recruits. ' +
      'Many men fled to Georgia Georgia is a small state south of the Caucasus range ... and Kazakhstan.';
    expect(mirror(copy)).toBe(true);
  });

  it('leaves ordinary prose alone, repeated words and ellipses included', () => {
    expect(mirror('He said that that was the plan ... and the the men left. Very very long queues formed ... at the border. The decree ... said nothing more.')).toBe(false);
    expect(mirror('Russia declared a partial mobilization on 21 September 2022. Sergei Shoigu, the defense minister, put the number to be called up at 300,000.')).toBe(false);
  });
});
