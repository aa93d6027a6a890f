CREATE TABLE "agency_head_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"note" text NOT NULL,
	"started_by" uuid NOT NULL,
	"ended_by" uuid,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hiring_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"position_title" text NOT NULL,
	"announcement_number" text,
	"initiated_on" date NOT NULL,
	"announcement_opens_on" date NOT NULL,
	"announcement_closes_on" date NOT NULL,
	"application_method" text NOT NULL,
	"pack_id" text NOT NULL,
	"policy_reason" text NOT NULL,
	"narrative_limits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"qrb_case_due_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "hiring_actions_method_check" CHECK ("hiring_actions"."application_method" in ('traditional_ecq_narrative', 'resume_based', 'accomplishment_record')),
	CONSTRAINT "hiring_actions_announcement_check" CHECK ("hiring_actions"."announcement_closes_on" >= "hiring_actions"."announcement_opens_on")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"link" text,
	"subject_type" text,
	"subject_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "qrb_board_members" (
	"board_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "qrb_board_members_board_id_member_id_pk" PRIMARY KEY("board_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "qrb_boards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"convenes_on" date NOT NULL,
	"label" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qrb_case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qrb_case_attachments_kind_check" CHECK ("qrb_case_attachments"."kind" in ('resume', 'cdp_certificate'))
);
--> statement-breakpoint
CREATE TABLE "qrb_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hiring_action_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"candidate_name" text NOT NULL,
	"candidate_user_id" uuid,
	"basis" text NOT NULL,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"status_since" date,
	"board_id" uuid,
	"outcome" text,
	"narrative_package_id" uuid,
	"narrative_version" integer,
	"cdp_program" text,
	"unique_qualifications" text,
	"certified_by" text,
	"certified_on" date,
	"resume_attachment_id" uuid,
	"cdp_certificate_attachment_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "qrb_cases_basis_check" CHECK ("qrb_cases"."basis" in ('A', 'B', 'C')),
	CONSTRAINT "qrb_cases_status_check" CHECK ("qrb_cases"."status" in ('draft', 'submitted', 'assigned', 'in_review', 'decided', 'resubmitted', 'on_hold')),
	CONSTRAINT "qrb_cases_snapshot_check" CHECK (("qrb_cases"."narrative_package_id" is null) = ("qrb_cases"."narrative_version" is null))
);
--> statement-breakpoint
CREATE TABLE "qrb_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"appointment" text NOT NULL,
	"has_prior_qrb_service" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "qrb_members_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "qrb_members_appointment_check" CHECK ("qrb_members"."appointment" in ('career', 'noncareer'))
);
--> statement-breakpoint
CREATE TABLE "qrb_reviews" (
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"member_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"recommendation" text NOT NULL,
	"findings" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "qrb_reviews_case_id_round_member_id_pk" PRIMARY KEY("case_id","round","member_id"),
	CONSTRAINT "qrb_reviews_recommendation_check" CHECK ("qrb_reviews"."recommendation" in ('approve', 'disapprove'))
);
--> statement-breakpoint
CREATE TABLE "qrb_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "qrb_settings_single_row_check" CHECK ("qrb_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "agency_head_transitions" ADD CONSTRAINT "agency_head_transitions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_head_transitions" ADD CONSTRAINT "agency_head_transitions_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_head_transitions" ADD CONSTRAINT "agency_head_transitions_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_actions" ADD CONSTRAINT "hiring_actions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_actions" ADD CONSTRAINT "hiring_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_board_members" ADD CONSTRAINT "qrb_board_members_board_id_qrb_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."qrb_boards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_board_members" ADD CONSTRAINT "qrb_board_members_member_id_qrb_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."qrb_members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_boards" ADD CONSTRAINT "qrb_boards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_case_attachments" ADD CONSTRAINT "qrb_case_attachments_case_id_qrb_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."qrb_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_case_attachments" ADD CONSTRAINT "qrb_case_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_hiring_action_id_hiring_actions_id_fk" FOREIGN KEY ("hiring_action_id") REFERENCES "public"."hiring_actions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_candidate_user_id_users_id_fk" FOREIGN KEY ("candidate_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_board_id_qrb_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."qrb_boards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_narrative_package_id_narrative_packages_id_fk" FOREIGN KEY ("narrative_package_id") REFERENCES "public"."narrative_packages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_resume_attachment_id_qrb_case_attachments_id_fk" FOREIGN KEY ("resume_attachment_id") REFERENCES "public"."qrb_case_attachments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_cdp_certificate_attachment_id_qrb_case_attachments_id_fk" FOREIGN KEY ("cdp_certificate_attachment_id") REFERENCES "public"."qrb_case_attachments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_cases" ADD CONSTRAINT "qrb_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_members" ADD CONSTRAINT "qrb_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_reviews" ADD CONSTRAINT "qrb_reviews_case_id_qrb_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."qrb_cases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_reviews" ADD CONSTRAINT "qrb_reviews_member_id_qrb_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."qrb_members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_reviews" ADD CONSTRAINT "qrb_reviews_board_id_qrb_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."qrb_boards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qrb_settings" ADD CONSTRAINT "qrb_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agency_head_transitions_open_idx" ON "agency_head_transitions" USING btree ("agency_id") WHERE "agency_head_transitions"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "agency_head_transitions_created_idx" ON "agency_head_transitions" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "hiring_actions_agency_idx" ON "hiring_actions" USING btree ("agency_id","created_at","id");--> statement-breakpoint
CREATE INDEX "hiring_actions_created_idx" ON "hiring_actions" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "qrb_board_members_member_idx" ON "qrb_board_members" USING btree ("member_id","board_id");--> statement-breakpoint
CREATE INDEX "qrb_boards_convenes_idx" ON "qrb_boards" USING btree ("convenes_on","id");--> statement-breakpoint
CREATE INDEX "qrb_case_attachments_case_idx" ON "qrb_case_attachments" USING btree ("case_id","kind");--> statement-breakpoint
CREATE INDEX "qrb_cases_agency_idx" ON "qrb_cases" USING btree ("agency_id","created_at","id");--> statement-breakpoint
CREATE INDEX "qrb_cases_agency_status_idx" ON "qrb_cases" USING btree ("agency_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "qrb_cases_created_idx" ON "qrb_cases" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "qrb_cases_queue_idx" ON "qrb_cases" USING btree ("status","status_since","id");--> statement-breakpoint
CREATE INDEX "qrb_cases_board_idx" ON "qrb_cases" USING btree ("board_id","status_since","id");--> statement-breakpoint
CREATE INDEX "qrb_cases_action_idx" ON "qrb_cases" USING btree ("hiring_action_id","created_at","id");--> statement-breakpoint
CREATE INDEX "qrb_cases_candidate_idx" ON "qrb_cases" USING btree ("candidate_user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "qrb_cases_package_idx" ON "qrb_cases" USING btree ("narrative_package_id");--> statement-breakpoint
-- The deployment's QRB settings start as the policy defaults (core DEFAULT_QRB_SETTINGS): one row, no overrides.
INSERT INTO "qrb_settings" ("id", "settings") VALUES (1, '{}'::jsonb);
