/**
 * The numbers in course text that must be in the facts register (content/facts.yaml): each kind is a fact a
 * resident may act on (call, pay, quote), so each must come from a named source.
 */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const FACT_PATTERNS: Record<string, RegExp> = {
  // 69/2024/NĐ-CP, 24/2018/QH14, 623/TTg-KSTT, 2345/QĐ-NHNN, 3139/BTTTT-KTS&XHS
  'legal document number': /(?<![\d/])\d{1,5}\/(?:\d{4}\/[A-ZĐ][A-ZĐ0-9&-]*|[A-ZĐ][A-Za-zĐ]*-[A-ZĐ0-9&-]*[A-ZĐ0-9])/gu,
  // "Nghị định 13", "Decree 147" written without the full number
  'legal document by short number': /\b(?:Nghị định|Thông tư|Quyết định|Công văn|Thông báo|Chỉ thị|Nghị quyết|Luật số|Decree|Circular|Decision|Resolution)\s+(?:số\s+|No\.\s*)?\d+\b(?![\d/])/gu,
  // "Luật Bảo vệ quyền lợi người tiêu dùng 2023", "Luật Căn cước năm 2023"
  'law named with its year': /\b(?:Luật|Bộ luật|Law)(?: [\p{L}]+){1,10}? (?:năm |of )?(?:19|20)\d{2}\b/gu,
  // mobile and landline numbers, 1800/1900 lines
  'phone number': /(?<![\d/.,])(?:\+84|0)\d(?:[ .]?\d){8,9}(?![\d/])|(?<![\d/.,])1[89]00(?:[ .]?\d){4,6}(?![\d/])/gu,
  // emergency and short service numbers (police, fire, ambulance, spam reports)
  'short service number': /(?<![\d/.,])(?:11[1-5]|156|5656|9191)(?![\d/.,%])/gu,
  'amount of money': /(?<![\d/])\d(?:[\d.,]*\d)?\s*(?:nghìn đồng|triệu đồng|tỷ đồng|đồng|VNĐ|VND|triệu|tỷ|nghìn|million|billion|dong)(?![\p{L}])/gu,
  'date a rule applies from': /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{4}(?![\d/])|\bngày \d{1,2} tháng \d{1,2} năm \d{4}|\btháng \d{1,2}\/\d{4}\b|\b\d{1,2} (?:MONTHS) \d{4}\b/gu,
  // an age a rule sets ("dưới 14 tuổi"), not a person's age in a story ("bà Lan 70 tuổi")
  'age threshold': /\b(?:dưới|trên|từ|đủ|chưa đủ|under|over|aged|at least)\s+\d{1,3}\s*(?:tuổi|years old|years of age)(?![\p{L}])/gu,
};
FACT_PATTERNS['date a rule applies from'] = new RegExp(FACT_PATTERNS['date a rule applies from']!.source.replace('MONTHS', MONTHS), 'gu');

export interface FactToken {
  kind: string;
  token: string;
}

/** Every register-worthy number in `text`, whitespace collapsed so a line break inside one does not hide it. */
export function factTokens(text: string): FactToken[] {
  const flat = text.replace(/\s+/g, ' ');
  return Object.entries(FACT_PATTERNS).flatMap(([kind, pattern]) =>
    [...flat.matchAll(pattern)].map(([token]) => ({ kind, token: token.trim() })),
  );
}
