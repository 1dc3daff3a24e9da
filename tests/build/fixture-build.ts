// Fixture builds run in a project root of their own: the same workspace the bench builds its generated catalog in.
export { ROOT, buildWorkspace as fixtureWorkspace } from '../../scripts/build-workspace.mjs';
