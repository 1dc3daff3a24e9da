import type { CertificateCourse } from '../certificate/CertificateSection';

/** A course as My progress shows it: what its certificate needs, and its modules in order. */
export interface ProgressCourse extends CertificateCourse {
  modules: { id: string; title: string; path: string }[];
}
