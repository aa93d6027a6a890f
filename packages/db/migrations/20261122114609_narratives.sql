CREATE TABLE "narrative_package_versions" (
	"package_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"source_filename" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"analysis" jsonb NOT NULL,
	CONSTRAINT "narrative_package_versions_package_id_number_pk" PRIMARY KEY("package_id","number"),
	CONSTRAINT "narrative_package_versions_number_check" CHECK ("narrative_package_versions"."number" >= 1),
	CONSTRAINT "narrative_package_versions_source_check" CHECK ("narrative_package_versions"."source" in ('typed', 'import:docx', 'import:pdf', 'import:md', 'import:txt', 'migration'))
);
--> statement-breakpoint
CREATE TABLE "narrative_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"agency_id" uuid,
	"title" text NOT NULL,
	"candidate_name" text NOT NULL,
	"model_id" text NOT NULL,
	"limits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"derived_from_package_id" uuid,
	"derived_from_version" integer,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "narrative_package_versions" ADD CONSTRAINT "narrative_package_versions_package_id_narrative_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."narrative_packages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative_package_versions" ADD CONSTRAINT "narrative_package_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative_packages" ADD CONSTRAINT "narrative_packages_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative_packages" ADD CONSTRAINT "narrative_packages_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative_packages" ADD CONSTRAINT "narrative_packages_derived_from_package_id_narrative_packages_id_fk" FOREIGN KEY ("derived_from_package_id") REFERENCES "public"."narrative_packages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "narrative_packages_owner_idx" ON "narrative_packages" USING btree ("owner_user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "narrative_packages_created_idx" ON "narrative_packages" USING btree ("created_at","id");