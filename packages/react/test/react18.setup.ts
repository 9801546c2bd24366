import Module from 'node:module';

// CommonJS packages (react-dom-18, @testing-library/react) `require('react')` through Node, not
// Vite: point those requests at React 18 too, so one React runs.

const targets: Record<string, string> = { react: 'react-18', 'react-dom': 'react-dom-18' };
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request, ...rest) {
  const [name, ...path] = request.split('/');
  const target = name === undefined ? undefined : targets[name];
  return resolve.call(this, target ? [target, ...path].join('/') : request, ...rest);
};
