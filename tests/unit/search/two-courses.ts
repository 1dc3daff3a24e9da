import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index';
import { splitSearch } from '../../../src/lib/search/search-pieces';
import { loadSearch } from '../../../src/lib/search/search-results';

/** Two courses of two pages each, long enough that the index is cut into several chunks; files as fetched (JSON). */
const doc = (url: string, title: string, text: string, course: string): SearchDocument => ({ url, title, course, summary: '', headings: [], text });

const filler = (seed: string) => Array.from({ length: 400 }, (_, i) => `${seed}${i}`).join(' ');
export const documents = [
  doc('/dvc/', 'Dịch vụ công trực tuyến', `Nộp hồ sơ tại nhà. ${filler('a')}`, 'Dịch vụ công'),
  doc('/dvc/nop/', 'Nộp hồ sơ trực tuyến', `Dịch vụ công giúp bạn nộp hồ sơ. Công an xã. ${filler('b')}`, 'Dịch vụ công'),
  doc('/an-toan/', 'An toàn trên mạng', `Mật khẩu và lừa đảo. ${filler('c')}`, 'An toàn'),
  doc('/an-toan/mat-khau/', 'Mật khẩu mạnh', `Đặt mật khẩu dài, bật xác thực hai bước. Công an xã không hỏi mật khẩu. ${filler('d')}`, 'An toàn'),
];
export const whole = buildSearchIndex('vi', documents);
export const files = JSON.parse(JSON.stringify(splitSearch(whole, [
  { slug: 'dvc', title: 'Dịch vụ công', documents: 2 },
  { slug: 'an-toan', title: 'An toàn', documents: 2 },
]))) as ReturnType<typeof splitSearch>;
export const wholeSearch = loadSearch(JSON.parse(JSON.stringify(whole)));
