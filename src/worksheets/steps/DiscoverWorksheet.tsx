import { SectionFields } from '../FieldGroup';
import { WorksheetFrame } from '../WorksheetFrame';

/** Worksheet of step 3: what is missing, then the three C's as the source names them — Customer, Concurrentie, Company. */
export default function DiscoverWorksheet() {
  return (
    <WorksheetFrame section="discover" title="Werkblad stap 3">
      {(plan) => (
        <>
          <SectionFields plan={plan} section="discover" only={['missingInfo']} />
          <p className="subhead">Customer: de klant</p>
          <SectionFields plan={plan} section="discover" only={['sector', 'employees', 'revenue', 'locations', 'strategy', 'orientation', 'goals', 'dmu']} />
          <p className="subhead">Concurrentie (Competition): wie levert er nog meer</p>
          <SectionFields plan={plan} section="discover" only={['competitors']} />
          <p className="subhead">Company: je eigen bedrijf</p>
          <SectionFields plan={plan} section="discover" only={['currentSales', 'ourShare', 'ourStrengths']} />
          <p className="subhead">Omgeving en bronnen</p>
          <SectionFields plan={plan} section="discover" only={['trends', 'sources']} />
        </>
      )}
    </WorksheetFrame>
  );
}
