import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Kiosk', { description: 'A tablet at a service counter that citizens rate on (CONTRACT.md, "Counter kiosks").', simpleResolvers: true })
export class KioskType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What staff call it, e.g. "Loket 1".' })
  label!: string;

  @Field(() => Date)
  registeredAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Its last contact with the API (a rating, or the kiosk page loading its services); null when never.' })
  lastSeenAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When staff revoked it; its token is refused from then on.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'A pairing code waits until then; null when none is waiting.' })
  pairingExpiresAt!: Date | null;

  unitId!: string;
  regionId!: string;
}

@ObjectType('KioskPairing', { description: 'The short code a tablet types or scans to become the kiosk: single use, valid 10 minutes.', simpleResolvers: true })
export class KioskPairingType {
  @Field(() => String, { description: 'Eight characters in two groups, e.g. K7M2-XW9P (no 0, 1, I or O; any case, dash optional).' })
  code!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('KioskRegistration', { simpleResolvers: true })
export class KioskRegistrationType {
  @Field(() => KioskType)
  kiosk!: KioskType;

  @Field(() => String, {
    description:
      'The device token, shown only here: the kiosk sends it as X-Kiosk-Token. Pairing a tablet with the code gives the tablet a token of its own, and this one stops working then.',
  })
  token!: string;

  @Field(() => KioskPairingType, { nullable: true, description: 'The code that pairs a tablet (registerKiosk, renewKioskPairing); null from pairKiosk.' })
  pairing!: KioskPairingType | null;
}

