/**
 * How the defence minister's report of 28 October 2022 is told: "the task you set, 300,000
 * people, has been fulfilled" (the task, not the mobilization, named) and "no additional tasks
 * are planned", in the ten languages; another task's figure, contract soldiers and Ukraine stay
 * unmarked.
 */
import { describe, expect, it } from 'vitest';
import { realPackClaimViews } from '../../test/pack/real-pack-matchers';

const { claimIds } = realPackClaimViews();

describe('the task of 300,000 fulfilled', () => {
  it.each([
    ['en', 'The minister said the task of 300,000 people you gave him has been completed.'],
    ['ru', 'Поставленное задание — 300 тысяч человек — выполнено.'],
    ['uk', 'Поставлене завдання у 300 тисяч людей виконано.'],
    ['de', 'Die Aufgabe, 300.000 Mann einzuziehen, sei erfüllt.'],
    ['fr', 'La tâche de rassembler 300 000 hommes a été accomplie.'],
    ['pl', 'Zadanie powołania 300 tysięcy osób zostało wykonane, a cel osiągnięty.'],
  ])('is read as the 300,000 reached (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('mob-shoigu-300k-reached');
  });

  it('stays silent on another figure, on contract soldiers and on Ukraine', () => {
    expect(claimIds('The task you set, 200,000 people, has been completed.', 'en')).not.toContain('mob-shoigu-300k-reached');
    expect(claimIds('The task of signing 300,000 contracts has been completed.', 'en')).not.toContain('mob-shoigu-300k-reached');
    expect(claimIds('Kyiv said the task of 300,000 new recruits had been completed.', 'en')).not.toContain('mob-shoigu-300k-reached');
  });
});

describe('no additional tasks planned', () => {
  it.each([
    ['en', 'No additional tasks are planned, the minister reported.'],
    ['ru', 'Никаких дополнительных заданий не планируется.'],
    ['uk', 'Ніяких додаткових завдань не планується.'],
    ['de', 'Weitere Aufgaben seien nicht geplant.'],
    ['fr', "Aucune nouvelle tâche n'est prévue, a-t-il ajouté."],
    ['es', 'No se planean tareas adicionales.'],
  ])('is read as no further call-up tasks (%s)', (lang, text) => {
    expect(claimIds(text, lang)).toContain('mw-shoigu-no-further-tasks');
  });

  it('stays silent on tasks that are planned, and on Ukraine', () => {
    expect(claimIds('Additional tasks are planned for the spring.', 'en')).not.toContain('mw-shoigu-no-further-tasks');
    expect(claimIds('Kyiv said no additional tasks are planned for the reserve.', 'en')).not.toContain('mw-shoigu-no-further-tasks');
  });
});
