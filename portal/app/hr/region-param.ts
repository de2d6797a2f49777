import { REGION_PARAM } from '../staff/region-param';

/** The address parameter that picks a region on an HR page (`?wilayah=mamuju`); ADMIN and HR of several regions use it. */
export const HR_REGION_PARAM = REGION_PARAM;
