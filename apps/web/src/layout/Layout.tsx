import ExitIcon from '@mui/icons-material/PowerSettingsNew';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { ListItemIcon, ListItemText, MenuItem, useMediaQuery, type Theme } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { ACCOUNT_PATH, type SignOut } from '@tsunagu/web-data-access';
import { QuickInquiryButton } from '@tsunagu/web-inquiries';
import {
  AppBar,
  Layout as RaLayout,
  LoadingIndicator,
  LocalesMenuButton,
  useLogout,
  UserMenu,
  useRedirect,
  useSidebarState,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { IdleWarning } from './IdleWarning';

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

const AccountMenuItem = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const { onClose } = useUserMenu() ?? {};
  return (
    <MenuItem
      onClick={() => {
        onClose?.();
        redirect(ACCOUNT_PATH);
      }}
    >
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('tsunagu.account.menu')}</ListItemText>
    </MenuItem>
  );
};

/**
 * Signing out on purpose, the one way that discards the unsaved drafts of this tab (react-admin's
 * own sign-outs after a refused request keep them). The next sign-in starts from the home page.
 */
const SignOutMenuItem = () => {
  const translate = useTranslate();
  const logout = useLogout();
  const onPurpose: SignOut = { reason: 'user' };
  return (
    <MenuItem onClick={() => void logout(onPurpose, undefined, false)}>
      <ListItemIcon>
        <ExitIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('ra.auth.logout')}</ListItemText>
    </MenuItem>
  );
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
    userMenu={
      <UserMenu>
        <AccountMenuItem />
        <SignOutMenuItem />
      </UserMenu>
    }
  />
);

/**
 * react-admin's layout, with the menu collapsed on tablets, the quick entry of a call in the app
 * bar, the account page and sign-out in the user menu, and the warning before an idle sign-out.
 */
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={TsunaguAppBar}>
    <CollapseMenuOnTablet />
    <IdleWarning />
    {children}
  </RaLayout>
);
