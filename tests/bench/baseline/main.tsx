// The smallest React app: the baseline that the first-load JS benchmark compares Wardside with.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<h1>Hello</h1>);
