import { useMediaQuery, type Theme } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { QuickInquiryButton } from '@tsunagu/web-inquiries';
import { AppBar, Layout as RaLayout, LoadingIndicator, LocalesMenuButton, useSidebarState } from 'react-admin';

/**
 * On a tablet (from MUI's sm to md, 600–900 px) the menu starts collapsed to its icons, leaving the
 * width to the page; the menu button still opens it. Below sm react-admin already makes it a drawer.
 */
const CollapseMenuOnTablet = () => {
  const tablet = useMediaQuery<Theme>((theme) => theme.breakpoints.between('sm', 'md'), { noSsr: true });
  const [, setOpen] = useSidebarState();
  useEffect(() => {
    // Only when the width comes into the tablet range, not whenever the menu is toggled.
    if (tablet) setOpen(false);
  }, [tablet]);
  return null;
};

/** react-admin's app bar, with "電話を受けた" (Alt+N) before the language switch: a call can come in on any screen. */
const TsunaguAppBar = () => (
  <AppBar
    toolbar={
      <>
        <QuickInquiryButton />
        <LocalesMenuButton />
        <LoadingIndicator />
      </>
    }
  />
);

/** react-admin's layout, with the menu collapsed on tablets and the quick entry of a call in the app bar. */
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={TsunaguAppBar}>
    <CollapseMenuOnTablet />
    {children}
  </RaLayout>
);
