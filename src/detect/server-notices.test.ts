// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyPage } from './classify-page';
import { withoutServerNotices } from './server-notices';
import { packLexicon } from './test-support';

const notice =
  'Notice: Function _load_textdomain_just_in_time was called incorrectly. Translation loading for the example-theme domain was triggered too early. This is usually an indicator for some code in the plugin or theme running too early. Please see Debugging in WordPress for more information. (This message was added in version 6.7.0.) in /var/www/site/public/wp-includes/functions.php on line 6114';

describe('withoutServerNotices', () => {
  it('drops PHP notices, warnings and deprecations printed into the page, and keeps the story', () => {
    const text = `${notice}\nwarning: undefined array key "x" in /srv/www/theme/header.php on line 12\nthe story itself.`.toLowerCase();
    expect(withoutServerNotices(text)).not.toContain('functions.php');
    expect(withoutServerNotices(text)).not.toContain('undefined array key');
    expect(withoutServerNotices(text)).toContain('the story itself.');
  });

  it('leaves text that only mentions a notice or a PHP file alone', () => {
    const text = 'the notice: residents must register by friday. the form is at /forms/register.php and is open all week.';
    expect(withoutServerNotices(text)).toBe(text);
  });
});

describe('a story under a server’s English notices is read in its own language', () => {
  const lexicon = packLexicon();
  const page = (body: string) =>
    new DOMParser().parseFromString(`<html><head><title>news.example</title></head><body><article><p>${notice}</p><p>${notice}</p>${body}</article></body></html>`, 'text/html');

  it('reads a Georgian report on the military commissar and the mobilized sent home as Georgian, and finds it', () => {
    const verdict = classifyPage(
      page(
        '<h1>ვორონეჟის ოლქში მობილიზებულთა ნაწილი სახლებში დააბრუნეს, სამხედრო კომისარი კი დაითხოვეს</h1>' +
          '<p>ვორონეჟის გუბერნატორი ადასტურებს, რომ რუსეთის ოლქიდან მობილიზებულების ნაწილი შეცდომით გაიწვიეს და ისინი სახლებში დააბრუნეს. რეგიონის სამხედრო კომისარი თანამდებობიდან გაათავისუფლეს.</p>' +
          '<p>გუბერნატორის თქმით, მობილიზაციის დროს დაშვებულ შეცდომებს რუსეთის სამხედრო უწყება გამოასწორებს. მობილიზებულთა ოჯახებმა საჩივრები დაწერეს.</p>',
      ),
      'https://news.example/voronezhis-olqshi-mobilizebulta',
      lexicon,
    );
    expect(verdict.lang).toBe('ka');
    expect(verdict.relevant).toBe(true);
  });
});
