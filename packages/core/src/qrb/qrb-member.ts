/** SES appointment types that matter to a board: only career members count toward its career majority. */
export const SES_APPOINTMENT_TYPES = ['career', 'noncareer'] as const;
export type TSesAppointmentType = (typeof SES_APPOINTMENT_TYPES)[number];

/** A member of OPM's QRB roster, as the board rules read it. */
export interface TQrbMember {
  readonly id: string;
  readonly name: string;
  readonly agencyId: string;
  readonly agencyName: string;
  readonly appointment: TSesAppointmentType;
  readonly hasPriorQrbService: boolean;
}

/** The agency a case comes from: the one that selected the candidate and submits the case. */
export interface TCaseAgency {
  readonly id: string;
  readonly name: string;
}
