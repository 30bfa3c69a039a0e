import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** Copies a secret shown once (a temporary password, recovery codes); absent where the browser offers no clipboard. */
export const CopyButton = ({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null;
  return (
    <Button
      variant="outlined"
      startIcon={<ContentCopyIcon />}
      sx={{ minHeight: 44 }}
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {translate(copied ? copiedLabel : label)}
    </Button>
  );
};
