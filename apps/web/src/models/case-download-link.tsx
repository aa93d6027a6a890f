import { casePackageUrl } from '../api/queries';

/**
 * A link that downloads a framework or crosswalk as a CASE 1.1 package from the CASE REST API. The file is
 * the API's own response, so what a person downloads is exactly what a CASE client would get.
 */
export function CaseDownloadLink(props: {
  readonly uuid: string;
  readonly fileStem: string;
  readonly title: string;
  readonly isButton?: boolean;
}) {
  return (
    <a
      className={props.isButton === true ? 'usa-button usa-button--outline' : 'usa-link'}
      href={casePackageUrl(props.uuid)}
      download={`${props.fileStem}.case.json`}
    >
      {/* The visible words start the accessible name (WCAG 2.5.3); the title tells the links apart. */}
      Download as CASE JSON<span className="usa-sr-only"> for {props.title}</span>
    </a>
  );
}
