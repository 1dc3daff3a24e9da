import { expect, test } from 'vitest';
import { helpKindProblems, helpKinds, type HelpKindFile } from '../../../src/lib/logbook/help-kind';

const checklist = (name: string) => ({ name, steps: ['Bước một rõ ràng.', 'Bước hai rõ ràng.', 'Bước ba rõ ràng.'], mustNot: ['Không làm thay người dân.'] });
const file = (order: number, modules: string[]): HelpKindFile => ({ order, modules, vi: checklist(`Việc ${order}`), en: checklist(`Kind ${order}`) });
const catalog = new Map([
  ['vneid/cai-dat-va-dang-ky', { title: 'Cài VNeID', path: '/khoa-hoc/vneid/cai-dat-va-dang-ky/' }],
  ['vneid/dinh-danh-muc-2', { title: 'Mức 2', path: '/khoa-hoc/vneid/dinh-danh-muc-2/' }],
]);

test('a kind of help whose module was renamed fails, naming the file and the field', () => {
  const files = [
    { id: 'vneid', data: file(1, ['vneid/cai-dat-va-dang-ky', 'vneid/dinh-danh-muc-hai']) },
    { id: 'payment', data: file(1, ['vneid/dinh-danh-muc-2']) },
  ];
  expect(helpKindProblems(files, catalog)).toEqual([
    'content/logbook/vneid.yaml: modules[1]: no module "vneid/dinh-danh-muc-hai" in the catalog',
    'content/logbook/payment.yaml: order: 1 is also the order of vneid',
  ]);
});

test('kinds come in their order, in the page’s language, with links to the modules that teach them', () => {
  const kinds = helpKinds('en', [{ id: 'b', data: file(2, ['vneid/dinh-danh-muc-2']) }, { id: 'a', data: file(1, ['vneid/cai-dat-va-dang-ky']) }], catalog);
  expect(kinds.map((k) => [k.id, k.name, k.modules.map((m) => m.path)])).toEqual([
    ['a', 'Kind 1', ['/khoa-hoc/vneid/cai-dat-va-dang-ky/']],
    ['b', 'Kind 2', ['/khoa-hoc/vneid/dinh-danh-muc-2/']],
  ]);
});
