import { Component, type ReactNode } from 'react';

type ErrorBoundaryProps = { children: ReactNode; fallback: ReactNode };

/**
 * Shows `fallback` instead of a subtree that threw while rendering (a chunk that failed to
 * load, a database that would not open). The error is not logged: it could quote stored text.
 * Give it a `key` that changes (the path) to try again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  override render() {
    return this.state.hasError ? this.props.fallback : this.props.children;
  }
}
