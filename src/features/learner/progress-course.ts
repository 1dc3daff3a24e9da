/** A course as My progress lists it before knowing what the learner studies: per course, never per module. */
export interface ListedCourse {
  slug: string;
  title: string;
}
