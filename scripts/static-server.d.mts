export interface StaticServer {
  root: string;
  cut: (path: string) => boolean;
  delay: (path: string) => number;
  requests: { path: string; bytes: number }[];
  listen(port?: number): Promise<string>;
  stop(): Promise<void>;
}
export function createStaticServer(root: string, options?: { cut?: (path: string) => boolean; delay?: (path: string) => number }): StaticServer;
