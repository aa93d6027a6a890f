import type { ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { GovBanner } from '../components/gov-banner';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';

/** Every page's frame: skip link, government banner, header and navigation, the main landmark, footer. */
export function AppLayout({ children }: { readonly children?: ReactNode }) {
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <GovBanner />
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="grid-container ecq-main">
        {children ?? <Outlet />}
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
