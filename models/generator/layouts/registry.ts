// Every layout family and its weight in the mix.
import type { Family } from './family.ts';
import {
  classicRightMeta,
  headerLeftMetaBelow,
  letterheadCentered,
  tableFirst,
  totalsLeft,
} from './families/classic.ts';
import { din5008, din5008Letter, windowRight } from './families/din.ts';
import {
  cloudUsage,
  denseEnterprise,
  marketplaceTax,
  serviceHours,
} from './families/enterprise.ts';
import { letterStyle, minimal, oneLiner } from './families/minimal.ts';
import {
  amountDueHeadline,
  bannerHeader,
  boxedSections,
  stackedMetaStrip,
  twoColumnParties,
} from './families/modern.ts';
import { multiPageCarried, multiPageSimple } from './families/multipage.ts';
import { creditNote, monospacePrint } from './families/plain.ts';
import { thermalReceipt, thermalReceiptNarrow } from './families/receipts.ts';
import { shopReceipt } from './families/shop-receipt.ts';
import { sidebarLeft, sidebarRight } from './families/sidebar.ts';
import { kvGrid, positionBlocks } from './families/visualization.ts';

export const FAMILIES: readonly Family[] = [
  classicRightMeta,
  letterheadCentered,
  headerLeftMetaBelow,
  totalsLeft,
  tableFirst,
  din5008,
  din5008Letter,
  windowRight,
  bannerHeader,
  amountDueHeadline,
  stackedMetaStrip,
  twoColumnParties,
  boxedSections,
  sidebarLeft,
  sidebarRight,
  positionBlocks,
  kvGrid,
  monospacePrint,
  denseEnterprise,
  marketplaceTax,
  cloudUsage,
  serviceHours,
  multiPageCarried,
  multiPageSimple,
  creditNote,
  thermalReceipt,
  thermalReceiptNarrow,
  shopReceipt,
  minimal,
  oneLiner,
  letterStyle,
];

/** Used when a document keeps overflowing its page. */
export const FALLBACK: Family = minimal;
