import { certificateFragment } from '../../src/lib/certificate/payload';
import { sampleCertificate } from '../fixtures/certificate';
import { expect, test } from './journey';

const TRAINER = 'Trần Văn Bình';

test('a trainer makes a key, confirms a learner’s certificate link, and the confirmed link verifies', async ({ tab }) => {
  const learnerLink = `/xac-minh/#${await certificateFragment(sampleCertificate)}`;
  await tab.goto(learnerLink);
  await tab.see({ css: 'main', has: 'Bản ghi của chính người học, chưa được xác nhận' });

  await tab.goto('/xac-nhan/');
  await tab.fill({ label: 'Tên của bạn (hiện trên xác nhận)' }, TRAINER);
  await tab.click({ css: 'button', text: 'Tạo khóa ký' });
  await tab.see({ css: 'main', has: `Khóa của ${TRAINER}` });
  const fingerprint = (await tab.text({ css: '.trainer-card__fingerprint' })).match(/([0-9A-F]{4} ){3}[0-9A-F]{4}/)![0];

  await tab.fill({ label: 'Đường dẫn chứng nhận của người học' }, new URL(learnerLink, tab.origin).href);
  await tab.click({ css: 'button', text: 'Đọc đường dẫn' });
  expect(await tab.text({ css: '.verdict__name' }), 'the trainer sees the learner’s name to compare').toBe(sampleCertificate.name);
  await tab.click({ label: 'Tôi đã gặp và kiểm tra trực tiếp người này' });
  await tab.click({ css: 'button', text: 'Ký xác nhận' });
  await tab.see({ css: 'h2, h3', text: 'Đã xác nhận' });
  const confirmed = await tab.until<string>('the confirmed link should be shown', () => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Đường dẫn chứng nhận đã xác nhận'));
    return (label?.control as HTMLInputElement | null | undefined)?.value;
  });
  expect(confirmed).toContain('&t=');

  await tab.goto('/');
  await tab.goto(confirmed);
  await tab.see({ css: '.confirmation__by', has: `Được ký bởi một khóa chưa biết (${fingerprint})` });
});
