-- Demo data: the Khmer names and descriptions of the demo regions, topics, bodies and petition types.
-- Applied only when the demo data set is switched on (PARTICIPATION_DEMO_DATA=true).

INSERT INTO org_region_text (region_id, language, name)
SELECT r.id, 'km', v.name
FROM (SELECT 'DR' AS code, 'សាធារណរដ្ឋដេម៉ូ' AS name
      UNION ALL SELECT 'DR-N', 'ខេត្តភាគខាងជើង'
      UNION ALL SELECT 'DR-S', 'ខេត្តភាគខាងត្បូង'
      UNION ALL SELECT 'DR-E', 'ខេត្តភាគខាងកើត'
      UNION ALL SELECT 'DR-W', 'ខេត្តភាគខាងលិច'
      UNION ALL SELECT 'DR-N-01', 'ស្រុកមាត់បឹង'
      UNION ALL SELECT 'DR-N-02', 'ស្រុកខ្ពង់រាប'
      UNION ALL SELECT 'DR-N-CAP', 'រដ្ឋធានី'
      UNION ALL SELECT 'DR-S-01', 'ស្រុកឆ្នេរសមុទ្រ'
      UNION ALL SELECT 'DR-S-02', 'ស្រុកដីសណ្ដ'
      UNION ALL SELECT 'DR-S-RIV', 'ក្រុងមាត់ទន្លេ'
      UNION ALL SELECT 'DR-E-01', 'ស្រុកព្រៃឈើ'
      UNION ALL SELECT 'DR-E-02', 'ស្រុកវាលទំនាប'
      UNION ALL SELECT 'DR-W-01', 'ស្រុកកំពង់ផែ'
      UNION ALL SELECT 'DR-W-02', 'ស្រុកជ្រលងភ្នំ'
      UNION ALL SELECT 'DR-W-HIL', 'ក្រុងទិដ្ឋភាពភ្នំ') v
JOIN org_region r ON r.code = v.code;

INSERT INTO org_topic_text (topic_id, language, name, description)
SELECT t.id, 'km', v.name, v.description
FROM (SELECT 'health' AS slug, 'សុខាភិបាល' AS name,
             'មន្ទីរពេទ្យ សុខភាពសាធារណៈ ឱសថ និងការថែទាំ។' AS description
      UNION ALL SELECT 'education', 'អប់រំ',
             'សាលារៀន សាកលវិទ្យាល័យ គ្រូបង្រៀន និងការសិក្សាពេញមួយជីវិត។'
      UNION ALL SELECT 'economy', 'សេដ្ឋកិច្ច និងពន្ធ',
             'ហិរញ្ញវត្ថុសាធារណៈ ពន្ធ ការងារ និងអាជីវកម្ម។'
      UNION ALL SELECT 'environment', 'បរិស្ថាន និងអាកាសធាតុ',
             'ធម្មជាតិ ការបំពុល អាកាសធាតុ និងថាមពល។'
      UNION ALL SELECT 'transport', 'ដឹកជញ្ជូន',
             'ផ្លូវ ការដឹកជញ្ជូនសាធារណៈ ការជិះកង់ និងសុវត្ថិភាពចរាចរណ៍។'
      UNION ALL SELECT 'safety', 'សន្តិសុខសាធារណៈ',
             'នគរបាល សេវាសង្គ្រោះបន្ទាន់ និងការការពារស៊ីវិល។'
      UNION ALL SELECT 'justice', 'យុត្តិធម៌ និងសិទ្ធិ',
             'តុលាការ សិទ្ធិមនុស្ស សមភាព និងនីតិរដ្ឋ។'
      UNION ALL SELECT 'agriculture', 'កសិកម្ម និងស្បៀងអាហារ',
             'ការធ្វើកសិកម្ម ជលផល ជីវភាពជនបទ និងសុវត្ថិភាពចំណីអាហារ។'
      UNION ALL SELECT 'housing', 'លំនៅឋាន និងជីវភាពទីក្រុង',
             'លំនៅឋាន ការរៀបចំដែនដី ទឹក សំណល់ និងទីសាធារណៈ។'
      UNION ALL SELECT 'culture', 'វប្បធម៌ និងកីឡា',
             'បេតិកភណ្ឌ សិល្បៈ ប្រព័ន្ធផ្សព្វផ្សាយ កីឡា និងយុវជន។') v
JOIN org_topic t ON t.slug = v.slug;

INSERT INTO org_body_text (body_id, language, name, short_name, description)
SELECT b.id, 'km', v.name, v.short_name, v.description
FROM (SELECT 'government' AS slug, 'រដ្ឋាភិបាលនៃសាធារណរដ្ឋដេម៉ូ' AS name, 'រដ្ឋាភិបាល' AS short_name,
             'រដ្ឋាភិបាលជាតិសម្របសម្រួលក្រសួងនានា និងទទួលខុសត្រូវលើគោលនយោបាយជាតិ។' AS description
      UNION ALL SELECT 'ministry-of-health', 'ក្រសួងសុខាភិបាល', NULL,
             'ទទួលខុសត្រូវលើមន្ទីរពេទ្យ កម្មវិធីសុខភាពសាធារណៈ ឱសថ និងធានារ៉ាប់រងសុខភាព។'
      UNION ALL SELECT 'ministry-of-education', 'ក្រសួងអប់រំ យុវជន និងកីឡា', NULL,
             'ទទួលខុសត្រូវលើសាលារៀន សាកលវិទ្យាល័យ គ្រូបង្រៀន យុវជន និងកីឡា។'
      UNION ALL SELECT 'ministry-of-finance', 'ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ', NULL,
             'ទទួលខុសត្រូវលើថវិកាជាតិ ពន្ធដារ គយ និងគោលនយោបាយសេដ្ឋកិច្ច។'
      UNION ALL SELECT 'ministry-of-environment', 'ក្រសួងបរិស្ថាន', NULL,
             'ទទួលខុសត្រូវលើការការពារធម្មជាតិ ការត្រួតពិនិត្យការបំពុល គោលនយោបាយអាកាសធាតុ និងថាមពល។'
      UNION ALL SELECT 'ministry-of-transport', 'ក្រសួងសាធារណការ និងដឹកជញ្ជូន', NULL,
             'ទទួលខុសត្រូវលើផ្លូវជាតិ ផ្លូវដែក ការដឹកជញ្ជូនសាធារណៈ និងសុវត្ថិភាពចរាចរណ៍ផ្លូវគោក។'
      UNION ALL SELECT 'ministry-of-interior', 'ក្រសួងមហាផ្ទៃ', NULL,
             'ទទួលខុសត្រូវលើនគរបាល ការការពារស៊ីវិល រដ្ឋបាលថ្នាក់ក្រោមជាតិ និងការចុះបញ្ជីអត្រានុកូលដ្ឋាន។'
      UNION ALL SELECT 'ministry-of-justice', 'ក្រសួងយុត្តិធម៌', NULL,
             'ទទួលខុសត្រូវលើតុលាការ ពន្ធនាគារ សិទ្ធិមនុស្ស និងការតាក់តែងច្បាប់។'
      UNION ALL SELECT 'ministry-of-agriculture', 'ក្រសួងកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ', NULL,
             'ទទួលខុសត្រូវលើការធ្វើកសិកម្ម ព្រៃឈើ ជលផល ការអភិវឌ្ឍជនបទ និងសុវត្ថិភាពចំណីអាហារ។'
      UNION ALL SELECT 'department-of-public-health', 'នាយកដ្ឋានសុខភាពសាធារណៈ', NULL,
             'ការចាក់វ៉ាក់សាំង ការបង្ការជំងឺ និងការលើកកម្ពស់សុខភាព។'
      UNION ALL SELECT 'department-of-schools', 'នាយកដ្ឋានសាលារៀន', NULL,
             'សាលាបឋមសិក្សា និងមធ្យមសិក្សា កម្មវិធីសិក្សា និងអគារសិក្សា។'
      UNION ALL SELECT 'tax-department', 'អគ្គនាយកដ្ឋានពន្ធដារ', NULL,
             'ការប្រមូលពន្ធ និងសេវាជូនអ្នកជាប់ពន្ធ។'
      UNION ALL SELECT 'road-safety-agency', 'ទីភ្នាក់ងារសុវត្ថិភាពចរាចរណ៍ផ្លូវគោក', NULL,
             'យុទ្ធនាការសុវត្ថិភាពចរាចរណ៍ ប័ណ្ណបើកបរ និងស្ថិតិគ្រោះថ្នាក់។'
      UNION ALL SELECT 'parliament', 'រដ្ឋសភា', 'សភា',
             'សភាដែលប្រជាជនបោះឆ្នោតជ្រើសតាំង អនុម័តច្បាប់ អនុម័តថវិកា និងត្រួតពិនិត្យរដ្ឋាភិបាល។'
      UNION ALL SELECT 'petitions-committee', 'គណៈកម្មការញត្តិ', NULL,
             'ពិនិត្យញត្តិដែលឈានដល់កម្រិតសភា រៀបចំសវនាការ និងរាយការណ៍ជូនរដ្ឋសភា។'
      UNION ALL SELECT 'capital-city', 'សាលារដ្ឋធានី', NULL,
             'រដ្ឋបាលនៃរដ្ឋធានី៖ ផ្លូវក្នុងតំបន់ សំណល់ សួនច្បារ ផ្សារ និងលំនៅឋាន។'
      UNION ALL SELECT 'riverside', 'សាលាក្រុងមាត់ទន្លេ', NULL,
             'សេវាមូលដ្ឋាននៃក្រុងមាត់ទន្លេ៖ ទឹក សំណល់ ផ្លូវក្នុងតំបន់ និងទីសាធារណៈ។'
      UNION ALL SELECT 'hillview', 'សាលាក្រុងទិដ្ឋភាពភ្នំ', NULL,
             'សេវាមូលដ្ឋាននៃក្រុងទិដ្ឋភាពភ្នំ៖ ទឹក សំណល់ ផ្លូវក្នុងតំបន់ និងទីសាធារណៈ។') v
JOIN org_body b ON b.slug = v.slug;

INSERT INTO pet_type_text (type_id, language, name, description)
SELECT t.id, 'km', v.name, v.description
FROM (SELECT 'government' AS body, 'national-petition' AS code, 'ញត្តិថ្នាក់ជាតិ' AS name,
             'ស្នើឱ្យរដ្ឋាភិបាលចាត់វិធានការ។ នៅពេលមានហត្ថលេខា ១០ ០០០ រដ្ឋាភិបាលឆ្លើយតប ហើយនៅពេលមាន ១០០ ០០០ សភាពិភាក្សាលើញត្តិនេះ។' AS description
      UNION ALL SELECT 'parliament', 'citizens-initiative', 'គំនិតផ្តួចផ្តើមរបស់ពលរដ្ឋ',
             'សំណើជូនសភា។ នៅពេលមានហត្ថលេខា ១ ០០០ សំណើនេះត្រូវបញ្ជូនទៅគណៈកម្មការញត្តិ។'
      UNION ALL SELECT 'capital-city', 'local-initiative', 'គំនិតផ្តួចផ្តើមមូលដ្ឋាន',
             'អ្នករស់នៅក្នុងទីក្រុងស្នើឱ្យសាលាក្រុងចាត់វិធានការ។ ហត្ថលេខាពី ១ ភាគរយនៃអ្នករស់នៅ ធ្វើឱ្យក្រុមប្រឹក្សាក្រុងត្រូវឆ្លើយតប។') v
JOIN org_body b ON b.slug = v.body
JOIN pet_type t ON t.body_id = b.id AND t.code = v.code;
